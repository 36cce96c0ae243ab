-- AlterEnum
ALTER TYPE "FeedKind" ADD VALUE 'FOLDER';
